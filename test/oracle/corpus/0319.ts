// oracle: seed 319, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(4, 5));
const y_0 = step_0(torch.randn(2, 2, 4));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const m_1 = new nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 2, 4));
const r_1_0 = h_1.squeeze();
const r_1_1 = o_1.reshape(4, -1);
const r_1_2 = o_1.select(0, 2 / 2);
const r_1_3 = o_1.view(4 / 1, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

let feats_2 = 5;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 2;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
