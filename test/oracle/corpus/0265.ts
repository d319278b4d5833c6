// oracle: seed 265, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 6);
let w_0 = 6;
[1, 2].forEach(() => {
  w_0 = 5;
});
m_0.forward(torch.randn(2, 3, w_0));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { RNN: RNN_1a } = nn;
const a_1 = new RNN_1a(8, 9, { bidirectional: false, dropout: 0 });
const args_1b: [number, number, number] = [7, 9, 3];
const b_1 = new nn.GRU(...args_1b);
const oa_1 = apply_1(a_1, torch.ones(3, 2, 8));
const ob_1 = apply_1(b_1, torch.rand(2, 3, 7));
