// oracle: seed 330, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 3;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(2, 2));
const y_1 = step_1(torch.randn(2, 2, 2));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
