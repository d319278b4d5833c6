// oracle: seed 182, closed, raises at 4: input.size(-1) must be equal to input_size. Expected 9, got 10
import rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { GRU: GRU_0a } = rl.nn;
const a_0 = new GRU_0a(8, 3);
const b_0 = new rl.nn.RNN(9, 6, { batchFirst: false, bidirectional: false });
const shape_0_3631 = [3, 2, 8];
const oa_0 = apply_0(a_0, rl.torch.ones(...shape_0_3631));
const ob_0 = apply_0(b_0, rl.torch.randn(2, 3, 10));
