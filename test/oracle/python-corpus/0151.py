# oracle: seed 151, closed, raises RuntimeError at line 19
import torch
from torch import nn

cell_0 = nn.GRUCell(7, 5, bias=False)
xs_0 = torch.randn(2, 2, 7)
h_0 = torch.zeros(2, 5)
outputs_0 = []
for t in range(xs_0.size(0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = nn.Linear(5, 2)(h_0)

rnn_1 = nn.GRU(6, 4, batch_first=True)
x_1 = torch.randn(4, 4, 6)
lengths_1 = torch.tensor([4, 3, 2, 1])
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, h_1 = rnn_1(packed_1, torch.zeros(1, 3, 4))
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1, batch_first=True)
last_1 = nn.Linear(4, 2)(h_1[-1])

cell_2 = nn.GRUCell(8, 7)
xs_2 = torch.randn(4, 4, 8)
h_2 = torch.zeros(4, 14)
outputs_2 = []
for t in range(len(xs_2)):
    if t % 2 == 1:
        continue
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
head_2 = nn.Linear(7, 2)(h_2)
