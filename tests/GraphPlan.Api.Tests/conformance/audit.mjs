// Runs the official GraphQL-over-HTTP audit (graphql-http serverAudits) against a running server and prints one line
// per audit. Exit code 1 on any MUST failure ('error') or SHOULD warning ('warn'); MAY notices are printed only.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/graphql';
const results = await auditServer({ url, fetchFn: fetch });

const label = { ok: 'PASS', notice: 'NOTE', warn: 'WARN', error: 'FAIL' };
for (const r of results) {
  const reason = r.status === 'ok' ? '' : ` -- ${r.reason}`;
  console.log(`${label[r.status].padEnd(4)} ${r.id} ${r.name}${reason}`);
}

const failed = results.filter((r) => r.status === 'error' || r.status === 'warn').length;
const notices = results.filter((r) => r.status === 'notice').length;
console.log(`audit: ${results.length} audits, ${results.length - failed - notices} ok, ${notices} notices (MAY), ` +
  `${results.filter((r) => r.status === 'warn').length} warnings (SHOULD), ${results.filter((r) => r.status === 'error').length} failures (MUST)`);
// Machine-readable counts for run-audit.sh: passed = ok + notice, failed = warn + error.
console.log(`counts: ${results.length - failed} ${failed}`);
process.exit(failed ? 1 : 0);
