# oracle: seed 247, closed, raises TypeError at line 9
import torch
import torch.nn as nn

rnn_0 = nn.GRU(5, 8, 2, True, False)
x_0 = torch.randn(3, 5)
out_0, _ = rnn_0(x_0)

layer_1 = nn.GRU(3, 2, nonlinearity='tanh')

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(4, 5, 2, bidirectional=True)
logits_2 = model_2.forward(torch.rand(4, 1, 4)).detach()
probs_2 = logits_2.softmax(dim=-1)

class Model_3(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers, batch, self.hidden_size), torch.zeros(self.num_layers, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_3 = torch.device("cpu")
model_3 = Model_3(8, 2, bidirectional=True).to(device_3)
model_3.eval()
with torch.no_grad():
    logits_3 = model_3(torch.ones(1, 1, 8).to(device_3))
probs_3 = logits_3.softmax(dim=-1)
