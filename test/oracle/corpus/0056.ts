// oracle: seed 56, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 2, got 4
import { torch, nn } from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { RNN: RNN_0a } = nn;
const a_0 = new RNN_0a(5, 6, { numLayers: 3, bidirectional: false });
const b_0 = new nn.RNN({ input_size: 2, hidden_size: 4, num_layers: 2, batch_first: true, bidirectional: true });
const oa_0 = apply_0(a_0, torch.zeros(3, 2, 5));
const shape_0_9845 = [3, 2, 4];
const ob_0 = apply_0(b_0, torch.rand(...shape_0_9845));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.RNN(9, 3, { bidirectional: true });
const hp_1b = { inputSize: 6, hiddenSize: 2, numLayers: 1 };
const b_1 = new nn.RNN({ ...hp_1b, numLayers: 1, bidirectional: true });
const oa_1 = apply_1(a_1, torch.rand(3, 2, 9));
const ob_1 = apply_1(b_1, torch.zeros(2, 3, 6));
