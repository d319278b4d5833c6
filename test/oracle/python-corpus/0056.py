# oracle: seed 56, closed, raises RuntimeError at line 28
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = nn.LSTM(3, 4, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
r_0_0 = torch.split(out_0, 4, dim=2)[0]
r_0_1 = out_0.permute(1, 0, 2)
r_0_2 = h_0[-1]
a_0, b_0 = out_0.chunk(2, dim=0)

layer_1 = nn.LSTM(5, 7, 2, bias=False)
y_1, _ = layer_1(torch.randn(3, 2, 5))

rnn_2 = nn.GRU(2, 5)
x_2 = torch.randn(5, 3, 2)
lengths_2 = torch.tensor([5, 4, 3])
packed_2 = pack_padded_sequence(x_2, lengths_2)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2)

embed_3 = nn.Embedding(19, 7)
drop_3 = nn.Dropout()
rnn_3 = nn.GRU(8, 8, batch_first=True)
tokens_3 = torch.randint(0, 19, (4, 5))
emb_3 = drop_3(embed_3(tokens_3))
out_3, h_3 = rnn_3(emb_3)
scores_3 = nn.Linear(8, 19)(out_3)

y_4 = torch.randn(4, 3, 2)
layers_4 = nn.ModuleList([nn.GRU(2, 3)])
for layer in layers_4:
    y_4, _ = layer(y_4)
