import './tokens.css';
import './app.css';
import { HashRouter } from 'react-router';
import { AppRoutes } from './routes';

/** Hash routing keeps share links working on any static host (decision 0002). */
export function App() {
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}
