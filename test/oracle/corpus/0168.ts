// oracle: seed 168, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 5, got 7
import * as rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { GRU: GRU_0a } = rl.nn;
const a_0 = new GRU_0a(5, 9, { batchFirst: true, bidirectional: true });
const b_0 = new rl.nn.GRU(9, 6, { num_layers: 1, batchFirst: true });
const oa_0 = apply_0(a_0, rl.torch.ones([2, 3, 7]));
const ob_0 = apply_0(b_0, rl.torch.randn([3, 2, 9]));

const { RNN: RNN_1 } = rl.nn;
const m_1 = new RNN_1(5, 4, { batch_first: true, bidirectional: false });
const x_1 = rl.torch.ones([3, 4, 5]);
const shape_1_2378 = [1, 3, 4];
const [out_1, st_1] = m_1.forward(x_1, rl.torch.ones(...shape_1_2378));
const head_1 = new rl.nn.Linear(5, 4);
const y_1 = head_1.forward(out_1);
