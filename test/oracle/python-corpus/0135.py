# oracle: seed 135, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(7, 2)
x_0 = torch.randn(6, 2, 7)
lengths_0 = [6, 5]
packed_0 = pack_padded_sequence(x_0, lengths_0)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 2, 2))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)
last_0 = nn.Linear(2, 2)(h_0[-1])

rnn_1 = nn.RNN(input_size=3, hidden_size=7, nonlinearity='tanh')
x_1 = torch.ones((2, 4, 3))
out_1, h_1 = rnn_1(x_1)
fc_1 = nn.Linear(7, 2)
logits_1 = fc_1(h_1[-1])

rnn_2 = nn.GRU(7, 3, batch_first=True)
x_2 = torch.randn(4, 5, 7)
lengths_2 = torch.tensor([5, 4, 3, 2])
packed_2 = pack_padded_sequence(x_2, lengths_2, batch_first=True, enforce_sorted=False)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2, batch_first=True)
last_2 = nn.Linear(3, 2)(h_2[-1])
