# oracle: seed 229, closed, runs cleanly
import torch
from torch.nn import GRU, Linear, RNNCell

gru_0 = GRU(4, 8)
x_0 = torch.randn(3, 4)
if x_0.dim() == 2:
    x_0 = x_0.unsqueeze(1)
out_0, h_0 = gru_0(x_0)

cell_1 = RNNCell(7, 4, bias=False)
xs_1 = torch.randn(4, 2, 7)
h_1 = torch.zeros(2, 4)
outputs_1 = []
for t in range(xs_1.shape[0]):
    if t % 2 == 1:
        continue
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = Linear(4, 2)(h_1)

class Args_2:
    pass

args_2 = Args_2()
setattr(args_2, "hidden", 2)
rnn_2 = GRU(4, args_2.hidden)
out_2, h_2 = rnn_2(torch.randn(2, 2, 4), torch.zeros(1, 2, args_2.hidden))
