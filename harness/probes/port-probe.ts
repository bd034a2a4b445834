/**
 * "Both ports show LISTENING" (Step 5), checked from here: a TCP connection to the port of a
 * direct URL is accepted. Says nothing of what answers on it; the running checks do that.
 */
import net from "node:net";

/** Undefined when `url`'s port accepts a TCP connection within `timeoutMs`; else why not, naming the address. */
export function portListening(url: string, timeoutMs = 3000): Promise<string | undefined> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port) }, () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error("timed out")));
    socket.on("error", (err) => resolve(`${u.host}: ${err.message}`));
  });
}
