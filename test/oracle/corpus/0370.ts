// oracle: seed 370, closed, raises at 10: input.size(-1) must be equal to input_size. Expected 4, got 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(4, 6);
let w_0 = 5;
[1, 2].forEach(() => {
  w_0 = 5;
});
m_0.forward(torch.randn(2, 3, w_0));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { RNN: RNN_1a } = nn;
const a_1 = new RNN_1a(8, 2, { num_layers: 1 });
const hp_1b = { inputSize: 9, hiddenSize: 3, numLayers: 1 };
const b_1 = new nn.RNN({ ...hp_1b, numLayers: 1 });
const oa_1 = apply_1(a_1, torch.zeros(3, 2, 8));
const shape_1_7428 = [2, 3, 9];
const ob_1 = apply_1(b_1, torch.ones(...shape_1_7428));

const { GRU: GRU_2 } = nn;
const m_2 = new GRU_2(2, 3, { numLayers: 2, bidirectional: true });
const x_2 = torch.randn([4, 3, 2]);
const shape_2_8214 = [4, 3, 3];
const [out_2, st_2] = m_2.forward(x_2, torch.zeros(...shape_2_8214));
const n_2 = out_2.size(0) * st_2.size(0);
