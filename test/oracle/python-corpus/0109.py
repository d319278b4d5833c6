# oracle: seed 109, closed, runs cleanly
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.RNN(6, 4, 2, batch_first=False, dropout=0.2)
x_0 = torch.randn(4, 6)
out_0, _ = rnn_0(x_0)

embed_1 = torch.nn.Embedding(25, 5)
drop_1 = torch.nn.Dropout()
rnn_1 = torch.nn.LSTM(5, 3, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 24]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)

layer_2 = torch.nn.GRU(input_size=6, hidden_size=4, num_layers=1, dropout=0.25)
y_2, _ = layer_2(torch.randn(3, 2, 6))

embed_3 = torch.nn.Embedding(17, 6)
drop_3 = torch.nn.Dropout(p=0.5)
rnn_3 = torch.nn.GRU(6, 3, batch_first=True)
tokens_3 = torch.randint(0, 17, (1, 2))
emb_3 = drop_3(embed_3(tokens_3))
out_3, h_3 = rnn_3(emb_3)
scores_3 = torch.nn.Linear(3, 17)(out_3)

rnn_4 = torch.nn.GRU(6, 2)
x_4 = torch.randn(5, 2, 6)
lengths_4 = torch.tensor([5, 4])
packed_4 = pack_padded_sequence(x_4, lengths_4)
packed_out_4, h_4 = rnn_4(packed_4)
out_4, out_lengths_4 = pad_packed_sequence(packed_out_4)
