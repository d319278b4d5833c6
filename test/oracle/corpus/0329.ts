// oracle: seed 329, closed, raises at 9: input.size(-1) must be equal to input_size. Expected 6, got 7
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(9, 5, { numLayers: 1, batchFirst: true, bidirectional: false });
const x_0 = rl.torch.randn([3, 6, 9]);
const [out_0, st_0] = m_0.forward(x_0);

const pair_1 = [new rl.nn.GRU(6, 7), new rl.nn.GRU(7, 7)];
pair_1[0].forward(rl.torch.randn(2, 2, 7));
