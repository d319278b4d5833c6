// oracle: seed 58, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_0a = { inputSize: 8, hiddenSize: 5, numLayers: 1 };
const a_0 = new nn.RNN({ ...hp_0a, numLayers: 1, batch_first: false });
const b_0 = new nn.RNN(9, 7, { numLayers: 1, batchFirst: true });
const oa_0 = apply_0(a_0, torch.rand(3, 2, 8));
const shape_0_1651 = [3, 2, 9];
const ob_0 = apply_0(b_0, torch.ones(...shape_0_1651));

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(7, 3));
const y_1 = step_1(torch.randn(2, 2, 7));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
