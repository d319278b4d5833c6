// oracle: seed 39, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 6, got 7
import { torch, nn } from "rnnlens";

let feats_0 = 2;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.LSTM(8, 9, { num_layers: 3, bidirectional: false });
const x_1 = torch.rand([2, 2, 8]);
const [out_1, st_1] = m_1.forward(x_1);

const makeStep_2 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_2 = makeStep_2(new nn.GRU(6, 4));
const y_2 = step_2(torch.randn(2, 2, 7));
function counter_2() {
  let calls = 0;
  return () => (calls += 1);
}
const next_2 = counter_2();
next_2();
