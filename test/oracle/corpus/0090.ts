// oracle: seed 90, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 8, got 16
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(8, 7, { num_layers: 2, batchFirst: true });
const x_0 = torch.rand(2, 2, 16);
const shape_0_969 = [2, 2, 7];
const [out_0, st_0] = m_0.forward(x_0, torch.zeros(...shape_0_969));
const head_0 = new nn.Linear(7, 4);
const y_0 = head_0.forward(out_0);
