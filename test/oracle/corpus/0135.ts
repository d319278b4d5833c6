// oracle: seed 135, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 2);
const outs_0 = [torch.randn(2, 3, 5), torch.randn(2, 3, 5)].map((x) => m_0.forward(x)[0]);

const m_1 = new nn.GRU(8, 4);
setTimeout(() => m_1.forward(torch.randn(2, 3, 8)), 8);

const makeStep_2 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_2 = makeStep_2(new nn.GRU(7, 2));
const y_2 = step_2(torch.randn(2, 2, 7));
function counter_2() {
  let calls = 0;
  return () => (calls += 1);
}
const next_2 = counter_2();
next_2();
