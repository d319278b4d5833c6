// oracle: seed 48, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 2, 4));
const r_0_0 = o_0.view(4 / 2, -1);
const r_0_1 = o_0.flatten(0, -1);
const r_0_2 = o_0.flatten(0, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(7, 2));
const y_1 = step_1(rl.torch.randn(2, 2, 7));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
