// oracle: seed 254, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 5, got 7
import rl from "rnnlens";

let feats_0 = 2;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 7));

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(4, 5));
const y_1 = step_1(rl.torch.randn(2, 2, 4));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const m_2 = new rl.nn.GRU(5, 4);
const outs_2 = [rl.torch.randn(2, 3, 5), rl.torch.randn(2, 3, 5)].map((x) => m_2.forward(x)[0]);
