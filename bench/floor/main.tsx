// The floor: the least a React page built by this Vite can ship. The bench
// compares the app against it, so keep it exactly this small.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);
