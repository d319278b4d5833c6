// oracle: seed 272, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 6, hiddenSize: 5, numLayers: 1 };
cfg_0["numLayers"] = 1;
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(3, 1, 6), torch.zeros(1, 1, 5));

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new nn.GRU(9, 2, 2);
const b_1 = new nn.RNN(4, 3, { batchFirst: false });
const shape_1_7915 = [3, 2, 9];
const oa_1 = apply_1(a_1, torch.rand(...shape_1_7915));
const ob_1 = apply_1(b_1, torch.randn([2, 3, 4]));

const makeStep_2 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_2 = makeStep_2(new nn.GRU(6, 2));
const y_2 = step_2(torch.randn(2, 2, 6));
function counter_2() {
  let calls = 0;
  return () => (calls += 1);
}
const next_2 = counter_2();
next_2();
