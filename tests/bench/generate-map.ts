/**
 * Generates a plausible, valid map of any size for benchmarks: occupations in groups and levels,
 * about 1.75 transitions per occupation unless a count is asked for (the documented limits are
 * 5,000 occupations and 20,000 transitions), wages rising with level, a few links and credentials.
 * Deterministic for a given size, so figures compare across runs.
 */
export function generateMapJson(occupationCount: number, transitionCount?: number): Record<string, unknown> {
  const levels = ['entry', 'middle', 'advanced'] as const;
  const groupCount = Math.max(1, Math.round(occupationCount / 40));
  const groups = Array.from({ length: groupCount }, (_, g) => ({
    id: `group-${g}`,
    label: `Occupational group ${g + 1}`,
    color: ['#1f77b4', '#2ca02c', '#d62728', '#9467bd', '#8c564b'][g % 5],
  }));
  const occupations = Array.from({ length: occupationCount }, (_, i) => {
    const level = levels[i % 3]!;
    const base = 30000 + (i % 3) * 20000 + (i % 17) * 500;
    return {
      id: `occ-${i}`,
      title: `Occupation ${i + 1}`,
      socCode: `${String(11 + (i % 40)).padStart(2, '0')}-${String(1000 + (i % 9000)).padStart(4, '0')}.00`,
      groupId: `group-${i % groupCount}`,
      level,
      summary: `A generated occupation used to measure how the app copes with ${occupationCount} cards.`,
      wage: { min: base, median: base + 5000, max: base + 12000, unit: 'year', year: 2024, area: 'Massachusetts' },
      education: 'high-school',
      credentials: [{ name: `Credential ${i}`, kind: 'certification', url: `https://example.org/credentials/${i}` }],
      skills: ['Communication', 'Safety', `Skill ${i % 50}`],
      highGrowth: i % 4 === 0,
      links: [{ label: 'O*NET', url: `https://www.onetonline.org/link/summary/${i}` }],
    };
  });
  const transitions: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const wanted = transitionCount ?? Number.POSITIVE_INFINITY;
  const connect = (from: number, to: number, kind: string) => {
    const key = `${from}>${to}`;
    if (transitions.length >= wanted || from === to || seen.has(key) || Math.max(from, to) >= occupationCount) return;
    seen.add(key);
    transitions.push({
      id: `t-${transitions.length}`,
      from: `occ-${from}`,
      to: `occ-${to}`,
      kind,
      requirements: ['Experience on the job'],
      typicalMonths: 12 + (from % 24),
    });
  };
  for (let i = 0; i < occupationCount; i += 1) {
    connect(i, i + 1, 'advancement');
    if (i % 4 !== 0) connect(i, i + 4, 'lateral');
  }
  // More moves when asked for: further and further ahead (and now and then back), round after round.
  const strides = [3, 7, 13, 2, 29, 5, 61, 11, 127, 17, 251, 23];
  for (let round = 0; transitions.length < wanted && transitionCount !== undefined && round < strides.length; round += 1) {
    const stride = strides[round]!;
    for (let i = 0; i < occupationCount && transitions.length < wanted; i += 1) {
      if (round % 4 === 3) connect(i + stride, i, 'lateral');
      else connect(i, i + stride, round % 2 === 0 ? 'advancement' : 'lateral');
    }
  }
  return {
    schemaVersion: 1,
    id: `generated-${occupationCount}`,
    title: `Generated map with ${occupationCount} occupations`,
    region: 'Benchmark County',
    sector: 'Benchmarks',
    groups,
    occupations,
    transitions,
    hiringEvents: [],
    feedback: [],
    sources: [],
  };
}
