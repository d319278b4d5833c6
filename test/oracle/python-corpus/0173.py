# oracle: seed 173, closed, raises ValueError at line 31
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

cell_0 = nn.LSTMCell(2, 7)
xs_0 = torch.randn(5, 1, 2)
h_0 = torch.zeros(1, 7)
c_0 = torch.zeros(1, 7)
outputs_0 = []
for t in range(len(xs_0)):
    h_0, c_0 = cell_0(xs_0[t], (h_0, c_0))
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)

embed_1 = nn.Embedding(14, 5)
drop_1 = nn.Dropout(0.3)
rnn_1 = nn.LSTM(5, 8, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 13]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = nn.Linear(8, 14)(out_1)

rnn_2 = nn.GRU(7, 2)
x_2 = torch.randn(3, 4, 7)
lengths_2 = [3, 2, 1, 1]
packed_2 = pack_padded_sequence(x_2, lengths_2)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2)

layer_3 = nn.LSTM(7, 7, proj_size=-1)

rnn_4 = nn.GRU(7, 6)
x_4 = torch.rand(2, 4, 7)
batch_4 = x_4.size(1)
h0_4 = torch.zeros(1, batch_4, 6)
out_4, hn_4 = rnn_4(x_4, h0_4)
