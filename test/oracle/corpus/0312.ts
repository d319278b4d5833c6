// oracle: seed 312, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 4, got 5
import { torch, nn } from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const args_0a: [number, number, number] = [3, 4, 1];
const a_0 = new nn.LSTM(...args_0a);
const b_0 = new nn.LSTM({ inputSize: 4, hiddenSize: 8, num_layers: 1, bidirectional: false });
const oa_0 = apply_0(a_0, torch.zeros(3, 2, 3));
const shape_0_2745 = [2, 3, 5];
const ob_0 = apply_0(b_0, torch.zeros(...shape_0_2745));
