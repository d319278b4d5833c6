# oracle: seed 265, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.LSTM(6, 7, batch_first=True)
x_0 = torch.randn(1, 5, 6)
lengths_0 = [5]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, (h_0, c_0) = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

gru_1 = nn.GRU(7, 8)
x_1 = torch.randn(4, 3, 7)
deep_1 = nn.GRU(7, 8, num_layers=2)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 7), torch.zeros(2, 3, 8))
elif 3 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 7), torch.zeros(1, 3, 8))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 7), torch.zeros(2, 3, 8))

rnn_2 = nn.RNN(input_size=2, hidden_size=7, num_layers=1, batch_first=True)
x_2 = torch.rand(2, 4, 2)
batch_2 = x_2.size()[0]
h0_2 = torch.zeros(1, batch_2, 7)
out_2, hn_2 = rnn_2(x_2, h0_2)

embed_3 = nn.Embedding(21, 4, padding_idx=0)
drop_3 = nn.Dropout(p=0.5)
rnn_3 = nn.GRU(4, 4, batch_first=True)
tokens_3 = torch.randint(0, 21, (1, 6))
emb_3 = drop_3(embed_3(tokens_3))
out_3, h_3 = rnn_3(emb_3)
