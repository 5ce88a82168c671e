/**
 * Ends the current task so the page can paint and take clicks (Cancel among
 * them) before the work goes on. A message to oneself comes back sooner than
 * a timer, which browsers hold back to 4 ms once timers nest.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== "function") {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
