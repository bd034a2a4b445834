// HAL web voice client (reference copy of the page contract in HAL_SYSTEM.md).
// The WebSocket shares the page's origin and has no path: HAProxy routes it by its headers.
(() => {
  const WS_URL = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
  const RECONNECT_MS = 3000;
  const FRAME_SAMPLES = 4096;

  const statusEl = document.getElementById("status");
  const chatEl = document.getElementById("chat");
  const inputEl = document.getElementById("textInput");
  const sendBtn = document.getElementById("sendBtn");

  let ws = null;
  let sessionId = null;
  let audio = null;

  const setStatus = (text) => {
    statusEl.textContent = text;
  };

  function addMessage(kind, text) {
    const el = document.createElement("div");
    el.className = `message ${kind}`;
    el.textContent = text;
    chatEl.appendChild(el);
    chatEl.scrollTop = chatEl.scrollHeight;
  }

  function connect() {
    ws = new WebSocket(WS_URL);
    ws.onopen = () => {
      console.log("[OK] Connected to HAL");
      setStatus('Connected! Say "Hey Jarvis" to begin.');
      startListening();
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
        setStatus(`Connected! Session: ${sessionId.slice(0, 8)}...`);
        break;
      case "processing":
        setStatus("HAL is thinking...");
        break;
      case "response":
        addMessage("hal", data.text);
        if (data.audio) new Audio(`data:audio/${data.audio_format};base64,${data.audio}`).play().catch(() => {});
        break;
      case "wake_word_detected":
        console.log("[INFO] Wake word detected");
        break;
      case "transcription":
        addMessage("user", data.text);
        break;
      case "error":
        console.error("[ERROR] Server error:", data.message);
        setStatus("Ready");
        break;
      default:
        console.log("[INFO] Unhandled message type:", data.type);
    }
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
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const context = new AudioContext({ sampleRate: 16000 });
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
      setStatus('🎤 Listening for "Hey Jarvis"...');
    } catch (err) {
      console.error("[ERROR] Microphone access denied:", err?.name);
      setStatus("Failed to access microphone");
    }
  }

  function stopListening() {
    if (!audio) return;
    for (const track of audio.stream.getTracks()) track.stop();
    audio.context.close();
    audio = null;
  }

  sendBtn.addEventListener("click", sendText);
  inputEl.addEventListener("keypress", (event) => {
    if (event.key === "Enter") sendText();
  });

  connect();
})();
