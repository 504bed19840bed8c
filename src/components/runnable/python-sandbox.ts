import workerUrl from './python-worker.ts?worker&url';
import { isRuntimeFile, isWorkerMessage, type RuntimeLocation, type WorkerReply, type WorkerRequest } from './messages';
import { SANDBOX_DOCUMENT } from './sandbox-document';

/**
 * The page's side of the Python sandbox: one hidden frame with an opaque origin
 * (./sandbox-document.ts) and one worker in it for the whole page, so Python and Django load once.
 * Loaded on the first Run. The page fetches the runtime files the worker asks for, from
 * `runtimeBase` (through the service worker), and nothing else; replies that do not have the
 * expected shape are ignored.
 */
/** What a run hears while it waits: a new stage, or the runtime's bytes downloaded so far (first run only). */
export type RunProgress = { stage: string } | { downloaded: number };

export class PythonSandbox {
  #frame: HTMLIFrameElement | undefined;
  #port: MessagePort | undefined;
  #nextId = 1;
  #pending = new Map<number, (reply: WorkerReply) => void>();
  #listeners = new Map<number, (progress: RunProgress) => void>();
  /** Runtime bytes fetched by this sandbox, for the download bar. */
  #downloaded = 0;

  constructor(
    private readonly runtimeBase: string,
    private readonly runtime: RuntimeLocation,
  ) {}

  /** Runs code, then an exercise's `checks` if given; `progress` hears each stage of the first, slow run. */
  async run(code: string, fixture: string | undefined, progress: (update: RunProgress) => void, checks?: string): Promise<WorkerReply> {
    const id = this.#nextId++;
    this.#listeners.set(id, progress);
    const port = await this.#connect();
    const request: WorkerRequest = { type: 'run', id, code, fixture, checks, runtime: this.runtime };
    return new Promise((resolve) => {
      this.#pending.set(id, (message) => {
        if (message.type === 'progress') progress({ stage: message.stage });
        else if (message.type !== 'ready') {
          this.#pending.delete(id);
          this.#listeners.delete(id);
          resolve(message);
        }
      });
      port.postMessage(request);
    });
  }

  /** Ends the worker and its frame; the next run starts both again. */
  stop() {
    this.#port?.close();
    this.#frame?.remove();
    this.#port = undefined;
    this.#frame = undefined;
    for (const [id, listener] of this.#pending) listener({ type: 'failed', id, message: 'Stopped.' });
    this.#pending.clear();
    this.#listeners.clear();
  }

  async #connect(): Promise<MessagePort> {
    if (this.#port) return this.#port;
    const source = await this.#fetchText(workerUrl);
    const frame = document.createElement('iframe');
    // allow-scripts only: without allow-same-origin the frame has an opaque origin.
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.hidden = true;
    frame.title = 'Python sandbox';
    frame.srcdoc = SANDBOX_DOCUMENT;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', (event: MessageEvent<unknown>) => this.#receive(event.data));
    channel.port1.start();
    // An opaque origin has no name to post to: '*', to this frame's window only.
    frame.contentWindow!.postMessage({ type: 'start', source }, '*', [channel.port2]);
    this.#frame = frame;
    this.#port = channel.port1;
    return channel.port1;
  }

  #receive(data: unknown) {
    if (!isWorkerMessage(data)) return;
    if (data.type === 'file') void this.#sendFile(data.id, data.path);
    else this.#pending.get(data.id)?.(data);
  }

  /** Answers the worker's request for a runtime file, if it is one. */
  async #sendFile(id: number, path: string) {
    const port = this.#port;
    let reply: WorkerRequest;
    if (!isRuntimeFile(path, this.runtime)) reply = { type: 'file', id, bytes: null, status: 'not a runtime file' };
    else {
      try {
        const response = await fetch(`${this.runtimeBase}${path}`);
        reply = response.ok ? { type: 'file', id, bytes: await this.#readCounting(response), status: 'ok' } : { type: 'file', id, bytes: null, status: `HTTP ${response.status}` };
      } catch (error) {
        reply = { type: 'file', id, bytes: null, status: error instanceof Error ? error.message : String(error) };
      }
    }
    port?.postMessage(reply, reply.bytes ? [reply.bytes] : []);
  }

  /** A response's bytes, telling the waiting runs how much has arrived as it arrives. */
  async #readCounting(response: Response): Promise<ArrayBuffer> {
    if (!response.body) return response.arrayBuffer();
    const chunks: Uint8Array[] = [];
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      this.#downloaded += chunk.value.byteLength;
      for (const listener of this.#listeners.values()) listener({ downloaded: this.#downloaded });
    }
    return (await new Blob(chunks as BlobPart[]).arrayBuffer());
  }

  async #fetchText(url: string): Promise<string> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load the Python worker (${response.status}).`);
    return response.text();
  }
}
