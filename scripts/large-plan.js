// The benchmarks' large plan: 300 facts, 150 so-whats, 8 people, 5 + 5 top items, 3 goals with
// their strategies and 60 actions (each count times `scale`), valid under the plan schema
// (format version 2, with the figures, ratings, baselines and start dates it adds). The render
// benchmark (bench.js) and the task pane benchmark (bench-pane.js) measure the same plan.
'use strict';

const pad = (n) => String(n).padStart(3, '0');
const AREAS = ['account', 'market', 'requirements', 'competition', 'other'];
const LEVELS = ['low', 'medium', 'high'];

function largePlan(scale = 1) {
  const facts = Array.from({ length: 300 * scale }, (_, i) => ({
    id: `F${i + 1}`,
    area: AREAS[i % 5],
    text: `Fact ${pad(i)}: the customer consolidates suppliers in region ${i % 17} and reviews contracts every ${1 + (i % 4)} years`,
    source: `Interview ${pad(i)}`,
  }));
  const soWhats = Array.from({ length: 150 * scale }, (_, i) => ({
    id: `S${i + 1}`,
    factIds: [`F${2 * i + 1}`, `F${2 * i + 2}`],
    kind: ['opportunity', 'risk', 'consequence'][i % 3],
    text: `So what ${pad(i)}: we must prove delivery reliability before the next supplier review`,
  }));
  const focus = (prefix, title) =>
    Array.from({ length: 5 }, (_, i) => ({
      id: `${prefix}${i + 1}`,
      title: `${title} ${i + 1}`,
      soWhatIds: [`S${i + 1}`],
      impact: LEVELS[i % 3],
      likelihood: LEVELS[(i + 1) % 3],
      value: 100000 * (i + 1),
    }));
  const goals = Array.from({ length: 3 }, (_, i) => ({
    id: `Z${i + 1}`,
    title: `Raise share of wallet in division ${i + 1}`,
    measure: 'Share of wallet',
    target: `${30 + 5 * i}%`,
    due: '2027-12-31',
    basedOn: [`O${i + 1}`, `R${i + 1}`],
    owner: 'Anna Schmidt',
    baseline: `${20 + 5 * i}%`,
    current: `${24 + 5 * i}%`,
    rag: ['green', 'amber', 'red'][i],
  }));
  const people = Array.from({ length: 8 * scale }, (_, i) => ({
    id: `P${i + 1}`,
    name: `Person ${pad(i)}`,
    role: `Head of plant ${i % 5}`,
    buyingRole: ['decision-maker', 'influencer', 'user', 'gatekeeper', 'coach'][i % 5],
    influence: LEVELS[i % 3],
    attitude: ['supporter', 'neutral', 'critic', 'unknown'][i % 4],
    ourContact: `Owner ${i % 9}`,
  }));
  const strategies = goals.map((goal, i) => ({
    id: `ST${i + 1}`,
    goalId: goal.id,
    text: 'Offer a capacity guarantee tied to a three-year frame contract',
    levers: ['account-goals'],
    factIds: [`F${i + 1}`],
  }));
  const actions = Array.from({ length: 60 * scale }, (_, i) => ({
    id: `A${i + 1}`,
    what: `Action ${pad(i)}: present the capacity guarantee to the plant managers`,
    who: `Owner ${i % 9}`,
    start: `2027-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    personIds: [`P${(i % people.length) + 1}`],
    due: `2027-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    strategyId: `ST${(i % 3) + 1}`,
    status: ['open', 'in-progress', 'done'][i % 3],
  }));
  return {
    format: 'kap',
    version: 2,
    account: {
      name: 'Bench AG',
      planOwner: 'Anna Schmidt',
      periodStart: '2027-01-01',
      language: 'en',
      currency: 'EUR',
      figures: [{ label: 'Revenue', value: '12 Mio. €' }],
    },
    facts,
    gaps: [],
    people,
    soWhats,
    opportunities: focus('O', 'Win the frame contract for plant'),
    risks: focus('R', 'Lose the service business in region'),
    goals,
    strategies,
    actions,
  };
}

module.exports = { largePlan };
