import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { visibleQuestions } from '../../decision';
import { useAnswersStore } from '../shared/answers/answers-store';
import { questionPath, resultPath } from '../shared/paths';

/** `#/q`: the first question that applies and is still unanswered, else the result. */
export function ResumeRedirect() {
  const answers = useAnswersStore((state) => state.answers);
  const navigate = useNavigate();
  const next = visibleQuestions(answers).find((question) => answers[question.id] === undefined);
  const target = next === undefined ? resultPath(answers) : questionPath(next.id);
  useEffect(() => {
    void navigate(target, { replace: true });
  }, [navigate, target]);
  return null;
}
