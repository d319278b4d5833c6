// oracle: seed 298, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 6, got 8
import * as rl from "rnnlens";
const { torch, nn } = rl;

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(6, 5));
const y_0 = step_0(torch.randn(2, 2, 8));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 1, 4));
const r_1_0 = o_1.flatten(0, 1);
const r_1_1 = c_1.select(0, -1);
const r_1_2 = o_1.flatten(0, 1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
