// oracle: seed 251, closed, raises at 15: input.size(-1) must be equal to input_size. Expected 8, got 16
import * as rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new rl.nn.LSTM({ inputSize: 3, hidden_size: 5, batchFirst: true, bidirectional: true, dropout: 0 });
const b_0 = new rl.nn.LSTM(4, 9, { bidirectional: true });
const oa_0 = apply_0(a_0, rl.torch.randn(2, 3, 3));
const ob_0 = apply_0(b_0, rl.torch.rand(2, 3, 4));

const m_1 = new rl.nn.GRU(8, 5);
it("runs the layer", () => {
  m_1.forward(rl.torch.randn(2, 3, 16));
});

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 3;
const m_2 = new rl.nn.GRU(feats_2, 4);
m_2.forward(rl.torch.randn(2, 2, feats_2));
