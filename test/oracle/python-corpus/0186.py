# oracle: seed 186, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

y_0 = torch.randn(4, 2, 2)
layers_0 = [GRU(2, 4)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]

rnn_1 = LSTM(2, 2, batch_first=True)
x_1 = torch.randn(1, 5, 2)
lengths_1 = torch.tensor([5])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

embed_2 = Embedding(17, 4)
drop_2 = Dropout(0.3)
rnn_2 = GRU(4, 7, batch_first=True)
tokens_2 = torch.randint(0, 17, (2, 4))
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)

lstm_3 = LSTM(3, 6, 2)
out_3, (h_3, c_3) = lstm_3(torch.randn(2, 2, 3))
r_3_0 = torch.cat((out_3, out_3), 2)
r_3_1 = torch.stack([h_3[-1], out_3[:, 0]], dim=0)
r_3_2 = out_3.unsqueeze(1).squeeze(-1)

embed_4 = Embedding(11, 7, padding_idx=0)
drop_4 = Dropout(0.3)
rnn_4 = LSTM(7, 7, batch_first=True)
tokens_4 = torch.tensor([[1, 2, 3], [4, 5, 10]])
emb_4 = drop_4(embed_4(tokens_4))
out_4, (h_4, c_4) = rnn_4(emb_4)
scores_4 = Linear(7, 11)(out_4)
