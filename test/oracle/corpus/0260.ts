// oracle: seed 260, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const args_0a: [number, number, number] = [4, 7, 1];
const a_0 = new rnnlens.nn.GRU(...args_0a);
const { GRU: GRU_0b } = rnnlens.nn;
const b_0 = new GRU_0b(5, 2, { num_layers: 3, batchFirst: true, dropout: 0 });
const oa_0 = apply_0(a_0, rnnlens.torch.ones(3, 2, 4));
const ob_0 = apply_0(b_0, rnnlens.torch.randn(3, 2, 5));

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rnnlens.nn.GRU(3, 5));
const y_1 = step_1(rnnlens.torch.randn(2, 2, 3));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
