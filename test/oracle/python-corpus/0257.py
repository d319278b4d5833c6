# oracle: seed 257, open, runs cleanly
import random
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(5, 3, 1, bidirectional=True)
x_0 = torch.zeros((4, 4, 5))
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(2, batch_0, 3)
out_0, hn_0 = rnn_0(x_0, h0_0)

lstm_1 = nn.LSTM(7, 2)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 7))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 7))
last_1 = nn.Linear(2, 2)(out_1[-1])

cell_2 = nn.GRUCell(input_size=7, hidden_size=6)
h_2 = torch.zeros(6)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(7), h_2)
    t_2 += 1

rnn_3 = nn.LSTM(4, 7, batch_first=True)
x_3 = torch.randn(4, 3, 4)
lengths_3 = torch.tensor([3, 2, 1, 1])
packed_3 = pack_padded_sequence(x_3, lengths_3, batch_first=True, enforce_sorted=False)
packed_out_3, (h_3, c_3) = rnn_3(packed_3, (torch.zeros(1, 4, 7), torch.zeros(1, 4, 7)))
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3, batch_first=True)
last_3 = nn.Linear(7, 2)(h_3[-1])
