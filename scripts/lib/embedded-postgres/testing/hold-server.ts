/**
 * For the lifecycle tests: starts the embedded server on a data folder, says
 * where it listens, and holds it until this process is killed.
 *   tsx hold-server.ts <dataDir> <port>
 */
import { startEmbeddedPostgres } from "../index";

const [dataDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port) });
console.log(JSON.stringify({ url: server.url, pid: server.pid }));
setInterval(() => {}, 60_000);
