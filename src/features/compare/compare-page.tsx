// Temporary: replaced by the side-by-side comparison view.
export function ComparePage() {
  return <h1>Compare services</h1>;
}
