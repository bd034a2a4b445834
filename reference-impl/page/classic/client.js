// HAL Voice Assistant web client, classic generation (HAL_SYSTEM.md, "The page"): the older,
// text-first client. Connects to the page's own origin with no path (HAProxy routes the upgrade
// by its headers); the microphone is asked for only when the 🎤 button is clicked.
(() => {
  const WS_URL = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
  const RECONNECT_MS = 3000;
  const FRAME_SAMPLES = 4096;
  const SAMPLE_RATE = 16000;

  const statusEl = document.getElementById("status");
  const chatEl = document.getElementById("chat");
  const inputEl = document.getElementById("textInput");
  const sendBtn = document.getElementById("sendBtn");
  const voiceBtn = document.getElementById("voiceBtn");
  const voiceIndicator = document.getElementById("voiceIndicator");

  let ws = null;
  let sessionId = null;
  let audio = null;

  function setStatus(text) {
    statusEl.textContent = text;
  }

  // Every message is a row `div.message.<type>` holding one bubble `div.message-content`.
  function addMessage(type, text) {
    const row = document.createElement("div");
    row.className = `message ${type}`;
    const content = document.createElement("div");
    content.className = "message-content";
    content.textContent = text;
    row.appendChild(content);
    chatEl.appendChild(row);
    chatEl.scrollTop = chatEl.scrollHeight;
  }

  function connect() {
    ws = new WebSocket(WS_URL);
    ws.onopen = () => {
      console.log("[OK] Connected to HAL");
      setStatus("Connected! Ready to chat.");
    };
    ws.onmessage = (event) => handleMessage(JSON.parse(event.data));
    ws.onclose = () => {
      console.log("[INFO] Disconnected");
      setStatus("Disconnected. Reconnecting...");
      stopListening();
      setTimeout(connect, RECONNECT_MS);
    };
    ws.onerror = (event) => {
      console.error("[ERROR] WebSocket error:", event.type);
      setStatus("Connection error");
    };
  }

  function handleMessage(data) {
    switch (data.type) {
      case "connected":
        sessionId = data.session_id;
        setStatus(`Connected! Session: ${sessionId.substring(0, 8)}...`);
        break;
      case "processing":
        // Never reset after the reply: the status stays here until something else happens.
        setStatus("HAL is thinking...");
        break;
      case "response":
        addMessage("hal", data.text);
        if (data.audio) playAudio(data.audio);
        break;
      case "wake_word_detected":
        addMessage("system", "👂 Wake word detected! Listening...");
        break;
      case "transcription":
        addMessage("user", `🎤 ${data.text}`);
        break;
      case "error":
        addMessage("system", `⚠️ Error: ${data.message}`);
        setStatus("Ready");
        break;
      default:
        console.log("[INFO] Unknown message type:", data.type);
    }
  }

  function playAudio(base64) {
    new Audio(`data:audio/wav;base64,${base64}`).play().catch((err) => console.log("[INFO] Audio playback blocked:", err.name));
  }

  function send(payload) {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ ...payload, session_id: sessionId }));
  }

  function sendText() {
    const text = inputEl.value.trim();
    if (!text) return;
    addMessage("user", text);
    send({ type: "text_input", text });
    inputEl.value = "";
  }

  async function startListening() {
    if (audio) return;
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
    } catch (err) {
      console.error("[ERROR] Microphone access denied:", err?.name ?? err);
      setStatus("Failed to access microphone");
      addMessage("system", "❌ Microphone access denied. You can still type your questions.");
      return;
    }
    try {
      const context = new AudioContext({ sampleRate: SAMPLE_RATE });
      const source = context.createMediaStreamSource(stream);
      const processor = context.createScriptProcessor(FRAME_SAMPLES, 1, 1);
      processor.onaudioprocess = (event) => {
        const samples = event.inputBuffer.getChannelData(0);
        const int16 = new Array(samples.length);
        for (let i = 0; i < samples.length; i++) int16[i] = Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32767)));
        send({ type: "audio_stream", audio: int16 });
      };
      source.connect(processor);
      processor.connect(context.destination);
      audio = { stream, context };
      voiceIndicator.classList.add("active");
      voiceBtn.classList.add("listening");
      setStatus('🎤 Listening for "Hey Jarvis"...');
    } catch (err) {
      for (const track of stream.getTracks()) track.stop();
      console.error("[ERROR] Failed to start listening:", err?.message ?? err);
      setStatus("Failed to access microphone");
    }
  }

  function stopListening() {
    if (!audio) return;
    for (const track of audio.stream.getTracks()) track.stop();
    audio.context.close();
    audio = null;
    voiceIndicator.classList.remove("active");
    voiceBtn.classList.remove("listening");
  }

  sendBtn.addEventListener("click", sendText);
  inputEl.addEventListener("keypress", (event) => {
    if (event.key === "Enter") sendText();
  });
  voiceBtn.addEventListener("click", () => (audio ? stopListening() : startListening()));

  connect();
})();
