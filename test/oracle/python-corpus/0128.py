# oracle: seed 128, closed, runs cleanly
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.GRU(3, 4, batch_first=True)
x_0 = torch.randn(2, 6, 3)
lengths_0 = [6, 5]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

cell_1 = torch.nn.RNNCell(8, 5, bias=False)
xs_1 = torch.randn(4, 1, 8)
h_1 = torch.zeros(1, 5)
outputs_1 = []
for t in range(len(xs_1)):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
head_1 = torch.nn.Linear(5, 2)(h_1)

gru_2 = torch.nn.GRU(4, 2)
x_2 = torch.randn(3, 4)
if x_2.size(-1) == 4:
    out_2, _ = gru_2(x_2)
else:
    out_2, _ = gru_2(torch.randn(2, 2, 5))
