// oracle: seed 302, closed, raises at 8: view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 1, 4));
const r_0_0 = o_0.select(0, 2 / 2);
const r_0_1 = o_0.flatten(1, -1);
const r_0_2 = o_0.view(2 / 3, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(2, 6));
const y_1 = step_1(rl.torch.randn(2, 2, 2));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const makeStep_2 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_2 = makeStep_2(new rl.nn.GRU(4, 5));
const y_2 = step_2(rl.torch.randn(2, 2, 4));
function counter_2() {
  let calls = 0;
  return () => (calls += 1);
}
const next_2 = counter_2();
next_2();
