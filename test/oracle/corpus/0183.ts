// oracle: seed 183, closed, runs cleanly
import { torch, nn } from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { GRU: GRU_0a } = nn;
const a_0 = new GRU_0a(9, 5, { numLayers: 3, bidirectional: true });
const b_0 = new nn.GRU(9, 9, 1);
const oa_0 = apply_0(a_0, torch.zeros(3, 2, 9));
const ob_0 = apply_0(b_0, torch.randn([2, 3, 9]));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { GRU: GRU_1a } = nn;
const a_1 = new GRU_1a(2, 7, { num_layers: 2 });
const b_1 = new nn.RNN({ input_size: 5, hidden_size: 7, bidirectional: true });
const oa_1 = apply_1(a_1, torch.ones([3, 2, 2]));
const ob_1 = apply_1(b_1, torch.rand(2, 3, 5));
