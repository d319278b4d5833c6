// oracle: seed 170, closed, runs cleanly
import rl from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rl.nn.GRU(8, 5));
const y_0 = step_0(rl.torch.randn(2, 2, 8));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const m_1 = new rl.nn.GRU(6, 4);
let w_1 = 7;
[1, 2].forEach(() => {
  w_1 = 6;
});
m_1.forward(rl.torch.randn(2, 3, w_1));
