import { useId, useState } from 'react';
import type { MergeQuestion } from '../store/merge-questions';
import { getPersistence } from '../store/persistence';
import { plural } from '../domain/describe';

type Keep = 'mine' | 'theirs';

/**
 * This tab and another changed the same fields: for each, both values are shown and the user picks
 * the one to keep (radio buttons, so arrow keys choose within a field). Every other change of both
 * tabs is merged. Nothing is stored until every field has an answer.
 */
export function MergeQuestionsForm({ mapId, questions }: { mapId: string; questions: readonly MergeQuestion[] }) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, Keep>>(new Map());
  const [saving, setSaving] = useState(false);
  const headingId = useId();
  const answered = questions.every((question) => answers.has(question.conflict.path));
  const choose = (path: string, keep: Keep) => setAnswers((current) => new Map(current).set(path, keep));
  const submit = () => {
    if (!answered || saving) return;
    setSaving(true);
    const chosen = questions.map((question) => ({ conflict: question.conflict, keep: answers.get(question.conflict.path) ?? 'mine' }));
    void getPersistence()
      ?.answerMerge(mapId, chosen)
      .finally(() => setSaving(false));
  };
  return (
    <form
      className="banner banner--problem merge-questions"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id={headingId} className="merge-questions__heading">
        Another tab changed the same {questions.length === 1 ? 'field' : 'fields'}: choose which to keep
      </h2>
      <p>
        Not saved yet. This tab and another tab both changed {plural(questions.length, 'field')} below. Every other change from both
        tabs is kept.
      </p>
      {questions.map((question, index) => (
        <fieldset key={question.conflict.path} className="merge-questions__field">
          <legend>{question.label}</legend>
          <label>
            <input
              type="radio"
              name={`${headingId}-${index}`}
              checked={answers.get(question.conflict.path) === 'mine'}
              onChange={() => choose(question.conflict.path, 'mine')}
            />{' '}
            Yours: {question.mine}
          </label>
          <label>
            <input
              type="radio"
              name={`${headingId}-${index}`}
              checked={answers.get(question.conflict.path) === 'theirs'}
              onChange={() => choose(question.conflict.path, 'theirs')}
            />{' '}
            The other tab’s: {question.theirs}
          </label>
        </fieldset>
      ))}
      <button type="submit" disabled={!answered || saving}>
        Keep the chosen values
      </button>
    </form>
  );
}
