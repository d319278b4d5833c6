# oracle: seed 197, closed, runs cleanly
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.LSTM(3, 5, batch_first=True)
x_0 = torch.randn(1, 3, 3)
lengths_0 = torch.tensor([3])
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, (h_0, c_0) = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

cell_1 = nn.GRUCell(input_size=7, hidden_size=7)
h_1 = torch.zeros(7)
t_1 = 0
while t_1 < 4:
    h_1 = cell_1(torch.randn(7), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).squeeze(0)

cell_2 = nn.GRUCell(5, 7)
xs_2 = torch.randn(5, 3, 5)
h_2 = torch.zeros(3, 7)
outputs_2 = []
for t in range(len(xs_2)):
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
head_2 = nn.Linear(7, 2)(h_2)
