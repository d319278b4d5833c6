// oracle: seed 114, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(7, 4);
let late_0 = torch.randn(2, 3, 8);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 7);

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.RNN(5, 9, { num_layers: 2, bidirectional: true });
const b_1 = new nn.GRU(4, 9, { batch_first: true, bidirectional: true });
const shape_1_5107 = [3, 2, 5];
const oa_1 = apply_1(a_1, torch.randn(...shape_1_5107));
const ob_1 = apply_1(b_1, torch.rand([3, 2, 4]));
