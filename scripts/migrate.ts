/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL. */
import { migrate } from "./lib/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate. (`npm start` migrates its embedded database itself.)");
  process.exit(1);
}
const applied = await migrate(url, { log: (line) => console.log(line) });
console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
