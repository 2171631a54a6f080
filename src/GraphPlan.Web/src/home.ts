import './styles/base.css';
import './styles/home.css';
import { examples } from './examples';
import { gqlDocument } from './graphql';

interface Statistics {
  statistics: { entityCount: number; relationshipCount: number; entitiesByKind: { kind: string; count: number }[] };
}

const examplesList = document.getElementById('examples')!;
examples.forEach((example, i) => {
  if (i > 0) examplesList.append(' · ');
  const link = document.createElement('a');
  link.href = `/queries/${example.path}`;
  link.textContent = example.name;
  link.title = example.title;
  examplesList.append(link);
});

async function showStatistics(): Promise<void> {
  const status = document.getElementById('stats-status')!;
  const table = document.getElementById('stats') as HTMLTableElement;
  try {
    const { statistics } = await gqlDocument<Statistics>('home/statistics.graphql');
    const body = table.tBodies[0];
    for (const { kind, count } of statistics.entitiesByKind) {
      const row = body.insertRow();
      row.insertCell().textContent = kind.toLowerCase();
      const cell = row.insertCell();
      cell.textContent = count.toLocaleString('en');
      cell.className = 'num';
    }
    const foot = table.tFoot!.insertRow();
    foot.insertCell().textContent = 'all';
    const total = foot.insertCell();
    total.textContent = statistics.entityCount.toLocaleString('en');
    total.className = 'num';
    status.textContent = `${statistics.entityCount.toLocaleString('en')} entities and ${statistics.relationshipCount.toLocaleString('en')} relationships.`;
    status.classList.remove('muted');
    table.hidden = false;
  } catch (error) {
    status.textContent = `The statistics could not be read: ${(error as Error).message}`;
  }
}

void showStatistics();
