import { ResultPage } from '../features/result/result-page';
import { PartLoading } from '../features/result/recommendation/recommendation-view';
import { onDemand } from '../features/shared/on-demand';

// The result shows these with its folded parts, whose chunk holds their code too (vite.config.ts),
// so this download is already there when they render.
const ExportTools = onDemand(() => import('../features/export/export-tools').then((module) => module.ExportTools), {
  placeholder: <PartLoading />,
});

/**
 * The result with the export feature's tools under "Keep a copy". Composed
 * here, not in the result, because features do not import each other.
 */
export function ResultScreen() {
  return <ResultPage keepACopy={ExportTools} />;
}
