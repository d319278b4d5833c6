# oracle: seed 140, closed, runs cleanly
import torch
from torch import nn

cell_0 = nn.LSTMCell(5, 8, bias=False)
xs_0 = torch.randn(1, 1, 5)
h_0 = torch.zeros(1, 8)
c_0 = torch.zeros(1, 8)
outputs_0 = []
for t in range(xs_0.size(0)):
    if t % 2 == 1:
        continue
    h_0, c_0 = cell_0(xs_0[t], (h_0, c_0))
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)

rnn_1 = nn.GRU(6, 4)
x_1 = torch.randn(6, 4, 6)
lengths_1 = torch.tensor([6, 5, 4, 3])
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1)
last_1 = nn.Linear(4, 2)(h_1[-1])

gru_2 = nn.GRU(6, 7)
x_2 = torch.randn(3, 6)
deep_2 = nn.GRU(6, 7, num_layers=2)
if deep_2.num_layers > 1:
    out_2, _ = deep_2(torch.randn(2, 3, 6), torch.zeros(2, 3, 7))
elif 2 == 3:
    out_2, _ = deep_2(torch.randn(2, 3, 6), torch.zeros(1, 3, 7))
else:
    out_2, _ = deep_2(torch.randn(2, 3, 6), torch.zeros(2, 3, 7))
