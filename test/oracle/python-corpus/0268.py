# oracle: seed 268, closed, runs cleanly
import torch.nn

embed_0 = torch.nn.Embedding(22, 7)
drop_0 = torch.nn.Dropout(p=0.5)
rnn_0 = torch.nn.LSTM(7, 8, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 21]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

gru_1 = torch.nn.GRU(6, 8)
x_1 = torch.randn(3, 6)
if x_1.dim() == 2:
    x_1 = x_1.unsqueeze(1)
out_1, h_1 = gru_1(x_1)

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(3, 4, 1, bidirectional=True)
logits_2 = model_2(torch.ones(1, 2, 3))
